package org.ariadne.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ParticipantRepository extends ListCrudRepository<Participant, Long> {

    @Query("select * from participant order by code")
    List<Participant> findAllByCode();

    @Query("select * from participant where upper(code) = upper(:code)")
    Optional<Participant> findByCode(String code);
}
