package org.ariadne.iati.web;

import java.util.Locale;

import org.ariadne.common.web.FileDownload;
import org.ariadne.iati.IatiActivityFiles;
import org.ariadne.iati.IatiException;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The plan's IATI activity file as a download; a plan without donor-funded activities answers a page that says so
 * and leads back to the plan, not an empty file the schema would refuse. {@link IatiActivityFiles} checks who reads.
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

    @GetMapping("/plans/{planId}/iati")
    Object download(@PathVariable long planId, Model model, Locale locale) {
        try {
            var file = files.file(planId);
            return FileDownload.file(file.xml(), file.fileName(), XML);
        } catch (IatiException refused) {
            model.addAttribute("planId", planId);
            model.addAttribute("reason", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
            return "iati/none";
        }
    }
}
