package io.ordo.identity.infrastructure;

import io.ordo.identity.domain.Accounts;
import io.ordo.identity.domain.StaffUser;
import io.ordo.identity.domain.StorefrontClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

@ApplicationScoped
public class JpaAccounts implements Accounts {

    @PersistenceContext(unitName = "ordo")
    EntityManager entityManager;

    @Override
    public Optional<StaffUser> user(String username) {
        return entityManager.createQuery("select u from StaffUser u where u.username = :username", StaffUser.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<StorefrontClient> client(String clientId) {
        return Optional.ofNullable(entityManager.find(StorefrontClient.class, clientId));
    }

    @Override
    public java.util.List<StaffUser> users() {
        return entityManager.createQuery("select u from StaffUser u order by u.username", StaffUser.class).getResultList();
    }

    @Override
    public java.util.List<StorefrontClient> clients() {
        return entityManager.createQuery("select c from StorefrontClient c order by c.clientId", StorefrontClient.class)
                .getResultList();
    }

    @Override
    public void add(StaffUser user) {
        entityManager.persist(user);
    }

    @Override
    public void add(StorefrontClient client) {
        entityManager.persist(client);
    }
}
