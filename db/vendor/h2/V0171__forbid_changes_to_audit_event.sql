-- No trigger on H2, on purpose: H2 triggers are Java classes on the database's classpath, and H2
-- runs only the embedded demo and the tests. Production runs on MariaDB, where this version
-- creates triggers that refuse UPDATE and DELETE on audit_event (db/vendor/mariadb). The file
-- exists so both databases share one migration history.
SELECT 1;
