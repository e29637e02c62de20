package org.ariadne.reporting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Reports extends ListCrudRepository<ProgressReport, Long> {

    Optional<ProgressReport> findByPeriodIdAndInstitutionId(long periodId, long institutionId);

    List<ProgressReport> findByPlanId(long planId);

    /**
     * Takes the report's row lock and confirms it is still open for changes: an entry saved at the moment the
     * report is submitted either goes in before the submission or is refused after it, never lost in between.
     */
    @Modifying
    @Query("update progress_report set updated_at = :now where id = :id and status in ('DRAFT', 'RETURNED', 'REOPENED')")
    int touchIfEditable(long id, java.time.LocalDateTime now);
}
