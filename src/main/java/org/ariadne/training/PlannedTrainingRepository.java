package org.ariadne.training;

import org.springframework.data.repository.ListCrudRepository;

interface PlannedTrainingRepository extends ListCrudRepository<PlannedTraining, Long> {
}
