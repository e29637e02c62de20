package org.ariadne.coordination;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface AgreementRepository extends ListCrudRepository<Agreement, Long> {

    List<Agreement> findAllByOrderByTitleAsc();
}
