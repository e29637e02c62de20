package org.ariadne.publication;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Writes of publications; the portal and the pages read through plain SQL ({@link PublicationReader}). */
interface Publications extends ListCrudRepository<Publication, Long> {

    @Query("select * from publication where plan_id = :planId and subject = :subject and on_portal = true")
    Optional<Publication> findOnPortal(long planId, String subject);
}
