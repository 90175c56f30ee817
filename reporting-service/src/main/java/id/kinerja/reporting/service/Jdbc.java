package id.kinerja.reporting.service;

import java.sql.Connection;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * Plain JDBC on the connection of the current transaction. Projections are written and read in bulk (a batch of
 * events touches many rows), which is cheaper without entity state; no calculation happens in SQL.
 */
@ApplicationScoped
public class Jdbc {

  @Inject
  EntityManager em;

  @FunctionalInterface
  public interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  public <T> T call(Work<T> work) {
    return em.unwrap(Session.class).doReturningWork(work::run);
  }

  public void run(Work<?> work) {
    em.unwrap(Session.class).doWork(work::run);
  }
}
