package org.ariadne.training;

import org.springframework.data.repository.ListCrudRepository;

interface TrainingNeedRepository extends ListCrudRepository<TrainingNeed, Long> {
}
