package org.ariadne.training;

import org.springframework.data.repository.ListCrudRepository;

interface TrainerRepository extends ListCrudRepository<Trainer, Long> {
}
