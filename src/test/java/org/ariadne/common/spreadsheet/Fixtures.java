package org.ariadne.common.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds every test file in memory, so no binary fixture is checked in and each hostile trait is visible. */
public final class Fixtures {

    private Fixtures() {
    }

    public static byte[] xlsx(Consumer<XSSFWorkbook> content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            content.accept(workbook);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] xls(Consumer<HSSFWorkbook> content) {
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            content.accept(workbook);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small ordinary workbook: one sheet "Data" with a header and one row. */
    public static byte[] simpleXlsx() {
        return xlsx(wb -> {
            var sheet = wb.createSheet("Data");
            sheet.createRow(0).createCell(0).setCellValue("Indicator");
            sheet.createRow(1).createCell(0).setCellValue("Victims identified");
        });
    }

    /** All entries of a zip, in order, inflated. */
    public static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Re-zips a real POI-generated file after changing one entry's text. */
    public static byte[] rewriteEntry(byte[] zip, String name, UnaryOperator<String> change) {
        Map<String, byte[]> entries = unzip(zip);
        if (!entries.containsKey(name)) {
            throw new IllegalArgumentException("No entry " + name + " in " + entries.keySet());
        }
        String text = new String(entries.get(name), StandardCharsets.UTF_8);
        entries.put(name, change.apply(text).getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    /**
     * A VBA project as Office stores it, reduced to what identifies one: an OLE compound file (its signature) whose
     * directory names the {@code _VBA_PROJECT} stream in UTF-16.
     */
    public static byte[] vbaProject() {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1});
        out.writeBytes(new byte[504]);
        out.writeBytes("_VBA_PROJECT".getBytes(StandardCharsets.UTF_16LE));
        out.writeBytes(new byte[64]);
        return out.toByteArray();
    }

    /**
     * An Office package with a macro part under an innocent name ({@code <folder>/data.dat}, holding {@code part})
     * whose declaration as a VBA project comes after more than a MiB of (incompressible) comment in
     * {@code [Content_Types].xml}.
     */
    public static byte[] macroDeclaredAfterTheFirstMib(byte[] ooxml, String folder, byte[] part) {
        var random = new java.util.Random(7);
        var padding = new StringBuilder("<!-- ");
        while (padding.length() < 1_200_000) {
            padding.append((char) ('a' + random.nextInt(26)));
        }
        padding.append(" -->");
        var renamed = withEntry(ooxml, folder + "/data.dat", part);
        return rewriteEntry(renamed, "[Content_Types].xml", xml -> xml.replace("</Types>", padding
                + "<Override PartName=\"/" + folder + "/data.dat\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>"));
    }

    public static byte[] withEntry(byte[] zip, String name, byte[] content) {
        Map<String, byte[]> entries = unzip(zip);
        entries.put(name, content);
        return zip(entries);
    }

    /**
     * A real xlsx plus one entry of {@code size} zero bytes, streamed through the deflater so the 200 MB never
     * exist in memory; zeros compress about 1000:1, so the file stays tiny.
     */
    public static byte[] withZeroEntry(byte[] zip, String name, long size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (var entry : unzip(zip).entrySet()) {
                zipOut.putNextEntry(new ZipEntry(entry.getKey()));
                zipOut.write(entry.getValue());
                zipOut.closeEntry();
            }
            zipOut.putNextEntry(new ZipEntry(name));
            writeZeros(zipOut, size);
            zipOut.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeZeros(OutputStream out, long size) throws IOException {
        byte[] zeros = new byte[1024 * 1024];
        for (long written = 0; written < size; written += zeros.length) {
            out.write(zeros, 0, (int) Math.min(zeros.length, size - written));
        }
    }

    /** The same workbook protected with a password, as Excel writes it (agile encryption in an OLE2 container). */
    public static byte[] encrypted(byte[] plainXlsx, String password) {
        try (var fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            var encryptor = new org.apache.poi.poifs.crypt.EncryptionInfo(
                    org.apache.poi.poifs.crypt.EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (var opc = org.apache.poi.openxml4j.opc.OPCPackage.open(new java.io.ByteArrayInputStream(plainXlsx));
                 var os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            var out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The workbook with an external entity declared in its first sheet (an XXE attempt). */
    public static byte[] withExternalEntity(byte[] xlsx) {
        return rewriteEntry(xlsx, "xl/worksheets/sheet1.xml",
                xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"));
    }
}
