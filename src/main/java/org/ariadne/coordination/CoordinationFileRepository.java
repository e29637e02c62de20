package org.ariadne.coordination;

import java.util.List;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface CoordinationFileRepository extends ListCrudRepository<CoordinationFile, Long> {

    /** The files of a meeting without their content: a list need not load every file. */
    @Query("select id, meeting_id, agreement_id, file_name, content_type, bytes, cast(null as bytea) as content,"
            + " uploaded_by, uploaded_at from coordination_file where meeting_id = :meetingId order by id")
    List<CoordinationFile> findByMeetingId(long meetingId);

    @Query("select id, meeting_id, agreement_id, file_name, content_type, bytes, cast(null as bytea) as content,"
            + " uploaded_by, uploaded_at from coordination_file where agreement_id = :agreementId order by id")
    List<CoordinationFile> findByAgreementId(long agreementId);
}
