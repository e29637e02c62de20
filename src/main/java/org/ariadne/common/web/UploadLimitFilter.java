package org.ariadne.common.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * An upload above the container's limit would otherwise end in the container's bare "413" page (or a reset
 * connection) before any of our code runs. This filter, first in line, sends the user back to the form with the
 * usual message instead. Uploads below the limit go on and are checked by the module that reads them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitFilter extends OncePerRequestFilter {

    private final long maxRequestBytes;

    UploadLimitFilter(@Value("${spring.servlet.multipart.max-request-size}") DataSize maxRequestSize) {
        this.maxRequestBytes = maxRequestSize.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var contentType = request.getContentType();
        if ("POST".equals(request.getMethod()) && contentType != null && contentType.startsWith("multipart/")
                && request.getContentLengthLong() > maxRequestBytes) {
            var target = ErrorHandling.sameSiteReferer(request);
            var flash = new FlashMap();
            flash.put("problemKey", "upload.too-large");
            flash.put("problemArgs", new Object[0]);
            flash.setTargetRequestPath(target.contains("?") ? target.substring(0, target.indexOf('?')) : target);
            new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader("Location", request.getContextPath() + target);
            return;
        }
        chain.doFilter(request, response);
    }
}
