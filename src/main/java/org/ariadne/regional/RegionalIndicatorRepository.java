package org.ariadne.regional;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface RegionalIndicatorRepository extends ListCrudRepository<RegionalIndicator, Long> {

    List<RegionalIndicator> findAllByOrderByCodeAsc();

    boolean existsByCode(String code);
}
