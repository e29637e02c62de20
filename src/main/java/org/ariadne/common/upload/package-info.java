/**
 * Upload, preview, confirm: one mechanism for every file that is checked before it changes anything
 * ({@link org.ariadne.common.upload.PendingUploads}). The preview page is one fragment,
 * {@code fragments/upload :: preview}, fed by {@link org.ariadne.common.upload.UploadPreview}.
 */
package org.ariadne.common.upload;
