package org.ariadne.victimdata;

import org.springframework.data.repository.ListCrudRepository;

interface VictimCaseRepository extends ListCrudRepository<VictimCase, Long> {
}
