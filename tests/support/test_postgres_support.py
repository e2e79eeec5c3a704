import time

import psycopg
from sqlalchemy.engine import make_url

from tests.support.postgres import PostgresCluster


def _connect(url: str) -> psycopg.Connection:
    u = make_url(url)
    return psycopg.connect(
        host=u.host, port=u.port, user=u.username, password=u.password, dbname=u.database, autocommit=True
    )


def test_cluster_starts_serves_and_stops():
    cluster = PostgresCluster()
    t0 = time.monotonic()
    url = cluster.start()
    try:
        assert time.monotonic() - t0 < 10, "cluster start is too slow"
        assert url.startswith("postgresql+psycopg://")
        assert make_url(url).database == cluster.dbname  # "trustdesk" (+ "_gwN" on an external server)
        with _connect(url) as conn:
            assert conn.execute("select 1").fetchone() == (1,)
            if not cluster.external:
                assert conn.execute("show fsync").fetchone() == ("off",)
                assert conn.execute("show listen_addresses").fetchone() == ("127.0.0.1",)

        extra = f"{cluster.dbname}_extra"  # unique per xdist worker, which share an external server
        other = cluster.create_database(extra)
        assert make_url(other).database == extra
        with _connect(other) as conn:
            conn.execute("create table t (x int)")
            conn.execute("insert into t values (42)")
            assert conn.execute("select x from t").fetchone() == (42,)
    finally:
        cluster.stop()
    if not cluster.external:
        assert cluster.tmpdir is None
        try:
            _connect(url).close()
        except psycopg.OperationalError:
            pass
        else:
            raise AssertionError("server still accepts connections after stop()")
