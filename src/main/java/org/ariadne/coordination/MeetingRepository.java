package org.ariadne.coordination;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface MeetingRepository extends ListCrudRepository<Meeting, Long> {

    List<Meeting> findAllByOrderByHeldOnDescStartsAtDesc();
}
