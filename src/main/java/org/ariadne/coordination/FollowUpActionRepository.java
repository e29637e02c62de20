package org.ariadne.coordination;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface FollowUpActionRepository extends ListCrudRepository<FollowUpAction, Long> {

    List<FollowUpAction> findAllByOrderByDueOnAscIdAsc();

    List<FollowUpAction> findByMeetingIdOrderByIdAsc(long meetingId);

    List<FollowUpAction> findByStatusNotOrderByDueOnAsc(ActionStatus status);
}
