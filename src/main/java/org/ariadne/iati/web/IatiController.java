package org.ariadne.iati.web;

import java.util.Locale;

import org.ariadne.common.web.FileDownload;
import org.ariadne.iati.IatiActivityFiles;
import org.ariadne.iati.IatiException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The plan's IATI activity file as a download; a plan without donor-funded activities answers a page that says so
 * (with 404: there is no file), not an empty file the schema would refuse. {@link IatiActivityFiles} checks who reads.
 */
@Controller
class IatiController {

    private static final MediaType XML = new MediaType("application", "xml", java.nio.charset.StandardCharsets.UTF_8);

    private final IatiActivityFiles files;
    private final MessageSource messages;

    IatiController(IatiActivityFiles files, MessageSource messages) {
        this.files = files;
        this.messages = messages;
    }

    @GetMapping("/plans/{planId}/iati.xml")
    Object download(@PathVariable long planId, Model model, Locale locale,
            jakarta.servlet.http.HttpServletResponse response) {
        try {
            var file = files.file(planId);
            return FileDownload.file(file.xml(), file.fileName(), XML);
        } catch (IatiException refused) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("planId", planId);
            model.addAttribute("reason", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
            return "iati/none";
        }
    }
}
