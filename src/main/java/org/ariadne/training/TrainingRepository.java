package org.ariadne.training;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface TrainingRepository extends ListCrudRepository<Training, Long> {

    List<Training> findByEndsOnBetweenOrderByStartsOn(LocalDate from, LocalDate to);

    List<Training> findAllByOrderByStartsOnDesc();
}
