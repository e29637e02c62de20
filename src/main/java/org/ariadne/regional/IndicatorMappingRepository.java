package org.ariadne.regional;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface IndicatorMappingRepository extends ListCrudRepository<IndicatorMapping, Long> {

    List<IndicatorMapping> findByParticipantId(long participantId);

    Optional<IndicatorMapping> findByRegionalIndicatorIdAndParticipantId(long regionalIndicatorId, long participantId);
}
