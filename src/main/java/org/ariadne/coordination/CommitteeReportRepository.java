package org.ariadne.coordination;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface CommitteeReportRepository extends ListCrudRepository<CommitteeReport, Long> {

    List<CommitteeReport> findAllByOrderByReportedMonthDescIdAsc();
}
