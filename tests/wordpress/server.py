"""A real WordPress on 127.0.0.1: Debian's package, a private MariaDB, PHP's built-in server.

Nothing system-wide is used or changed: the database has its own data directory and socket
(on /dev/shm when there is one, removed at the end), and the docroot holds WordPress's
files as symlinks to /usr/share/wordpress beside a wp-config.php of its own (Debian's
reads /etc/wordpress, which tests never touch). Logs stay in the given directory.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

logger = logging.getLogger(__name__)

WORDPRESS = Path("/usr/share/wordpress")
THEMES = ("twentytwentyone", "twentytwentytwo", "twentytwentythree")
HERE = Path(__file__).resolve().parent
# Real third-party and older core themes, kept in the repository (themes/README.md).
ZOO = HERE / "themes"
ZOO_THEMES = tuple(sorted(theme.name for theme in ZOO.iterdir() if (theme / "style.css").is_file()))
# A 1x1 PNG, the file behind the one article with an image.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f1d6b40000000049454e44ae426082"
)


def missing_requirements() -> str | None:
    """Why the real WordPress cannot run on this machine, or None when it can."""
    for program in ("php", "mariadbd", "mariadb-install-db", "mariadb"):
        if shutil.which(program) is None:
            return f"{program} is not installed (apt-get install php-cli php-mysql mariadb-server)"
    if not (WORDPRESS / "wp-settings.php").is_file():
        return f"WordPress is not installed in {WORDPRESS} (apt-get install wordpress)"
    for theme in THEMES:
        if not (WORDPRESS / "wp-content/themes" / theme).is_dir():
            return f"theme {theme} is missing (apt-get install wordpress-theme-{theme})"
    probe = subprocess.run(
        ["php", "-r", "exit(extension_loaded('mysqli') && extension_loaded('simplexml') ? 0 : 1);"],
        capture_output=True,
    )
    if probe.returncode != 0:
        return "PHP's mysqli or SimpleXML extension is missing (apt-get install php-mysql php-xml)"
    return None


def free_port() -> int:
    """A TCP port nobody listens on now (PHP's server needs a number, not port 0)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(check: Callable[[], bool], what: str, timeout: float = 30) -> None:
    """Poll `check()` until it is true, or fail saying what never happened."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise RuntimeError(f"{what} did not happen within {timeout} s")
        time.sleep(0.05)


# A test database: small and fast, durability does not matter.
SMALL_INNODB = (
    "--innodb-buffer-pool-size=32M",
    "--innodb-log-file-size=8M",
    "--innodb-flush-log-at-trx-commit=0",
)


def php_string(value: str) -> str:
    """`value` as a single-quoted PHP string literal."""
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


class MariaDB:
    """A throwaway MariaDB server on a Unix socket, with no network and no system files."""

    def __init__(self, root: Path) -> None:
        self.root = root
        # On tmpfs when there is one: bootstrapping takes 1 s there and 4-5 s on a busy
        # disk (its fsyncs). Also keeps the socket's path short (a Unix socket's holds 107
        # bytes at most, and pytest's temporary paths can be long).
        shm = Path("/dev/shm")
        parent = shm if shm.is_dir() and os.access(shm, os.W_OK) else None
        self.workdir = Path(tempfile.mkdtemp(prefix="iria-wp-db-", dir=parent))
        self.datadir = self.workdir / "db"
        self.socket = self.workdir / "mysql.sock"
        self.process: subprocess.Popen | None = None

    def _as_user(self) -> list[str]:
        # mariadbd refuses to run as root unless told to; as anyone else it runs as itself.
        return ["--user=root"] if os.geteuid() == 0 else []

    def start(self) -> None:
        """Create the data directory, start the server, wait for its socket."""
        subprocess.run(
            [
                "mariadb-install-db",
                "--no-defaults",
                f"--datadir={self.datadir}",
                "--auth-root-authentication-method=normal",
                "--skip-test-db",
                "--skip-name-resolve",
                *SMALL_INNODB,
                *self._as_user(),
            ],
            check=True,
            capture_output=True,
        )
        log = open(self.root / "mariadb.log", "wb")  # noqa: SIM115 - the child keeps its own copy
        self.process = subprocess.Popen(
            [
                "mariadbd",
                "--no-defaults",
                f"--datadir={self.datadir}",
                f"--socket={self.socket}",
                f"--pid-file={self.workdir / 'mariadb.pid'}",
                # Its own temporary tables' folder: two servers (one per xdist worker)
                # once crashed creating one in the shared /tmp (signal 11 in ha_maria).
                f"--tmpdir={self.workdir}",
                "--skip-networking",
                "--skip-log-bin",
                *SMALL_INNODB,
                *self._as_user(),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        wait_for(lambda: self.socket.exists() or self.process.poll() is not None, "MariaDB start")
        if self.process.poll() is not None:
            raise RuntimeError("MariaDB exited: " + (self.root / "mariadb.log").read_text()[-2000:])

    def sql(self, statements: str) -> None:
        """Run SQL statements as the server's root user."""
        subprocess.run(
            ["mariadb", "--no-defaults", f"--socket={self.socket}", "-uroot", "-e", statements],
            check=True,
            capture_output=True,
        )

    def stop(self) -> None:
        """Stop the server and wait for it (SIGTERM is its clean shutdown)."""
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.workdir, ignore_errors=True)


class WordPress:
    """WordPress 6.1 at http://127.0.0.1:PORT/news/ with IRIA-like content.

    `truth()` is what WordPress itself says about its posts; `php(code)` runs code inside
    the install; `requests` is the router's log of (status, method, URI, Location).
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.home = f"{self.base_url}/news"
        self.europe_url = f"{self.home}/category/europe/"
        self.docroot = root / "www"
        self.abspath = self.docroot / "news"
        self.db = MariaDB(root)
        self.server: subprocess.Popen | None = None
        self.request_log = root / "requests.jsonl"
        self.theme = "twentytwentyone"
        self.startup_seconds = 0.0
        self.timings: dict[str, float] = {}

    # -- setup -------------------------------------------------------------------------------

    def start(self) -> WordPress:
        """Start the database, build the docroot, install, load content, serve."""
        started = last = time.monotonic()
        for step, action in (
            ("database", self._start_database),
            ("docroot", self._build_docroot),
            ("install", lambda: self.run_script("install.php")),
            ("content", lambda: self.run_script("load_content.php")),
            ("server", self._serve),
        ):
            action()
            now = time.monotonic()
            self.timings[step] = now - last
            last = now
        self.startup_seconds = time.monotonic() - started
        logger.info(
            "WordPress ready at %s in %.1f s (%s)",
            self.home,
            self.startup_seconds,
            ", ".join(f"{step} {seconds:.2f} s" for step, seconds in self.timings.items()),
        )
        return self

    def _start_database(self) -> None:
        self.db.start()
        self.db.sql(
            "CREATE DATABASE wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
            "CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wordpress-test-password';"
            "GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';"
        )

    def _build_docroot(self) -> None:
        self.abspath.mkdir(parents=True)
        for entry in WORDPRESS.iterdir():
            if entry.name not in ("wp-config.php", "wp-content"):
                (self.abspath / entry.name).symlink_to(entry)
        content = self.abspath / "wp-content"
        (content / "plugins").mkdir(parents=True)
        (content / "themes").mkdir()
        for theme in THEMES:
            (content / "themes" / theme).symlink_to(WORDPRESS / "wp-content/themes" / theme)
        for theme in ZOO_THEMES:
            (content / "themes" / theme).symlink_to(ZOO / theme)
        # The site mode switch (mu-plugins/iria-site-mode.php): loaded on every request.
        (content / "mu-plugins").symlink_to(HERE / "mu-plugins")
        image = content / "uploads/2024/03/bundestag-budget.png"
        image.parent.mkdir(parents=True)
        image.write_bytes(PNG)
        (self.abspath / "wp-config.php").write_text(self._config())
        # The site root is not WordPress's (it lives under /news/), as on the real site.
        (self.docroot / "robots.txt").write_text(
            "User-agent: *\nDisallow: /news/wp-admin/\nAllow: /news/wp-admin/admin-ajax.php\n\n"
            f"Sitemap: {self.home}/wp-sitemap.xml\n"
        )

    def _config(self) -> str:
        php = php_string
        constants = {
            "DB_NAME": "wordpress",
            "DB_USER": "wordpress",
            "DB_PASSWORD": "wordpress-test-password",
            "DB_HOST": f"localhost:{self.db.socket}",
            "DB_CHARSET": "utf8mb4",
            "DB_COLLATE": "",
            "WP_HOME": self.home,
            "WP_SITEURL": self.home,
            "WP_CONTENT_DIR": str(self.abspath / "wp-content"),
            "WP_CONTENT_URL": f"{self.home}/wp-content",
        }
        # Fixed salts: a test site, and the same cookies on every run.
        for key in ("AUTH", "SECURE_AUTH", "LOGGED_IN", "NONCE"):
            constants[f"{key}_KEY"] = f"iria-test-{key.lower()}-key"
            constants[f"{key}_SALT"] = f"iria-test-{key.lower()}-salt"
        lines = ["<?php", "// Written by tests/wordpress/server.py for one test session."]
        lines += [f"define({php(name)}, {php(value)});" for name, value in constants.items()]
        lines += [
            # No cron, no updates, no outgoing HTTP: tests never reach the network.
            "define('DISABLE_WP_CRON', true);",
            "define('AUTOMATIC_UPDATER_DISABLED', true);",
            "define('WP_HTTP_BLOCK_EXTERNAL', true);",
            "define('WP_DEBUG', false);",
            "$table_prefix = 'wp_';",
            "require_once ABSPATH . 'wp-settings.php';",
        ]
        return "\n".join(lines) + "\n"

    def _env(self) -> dict[str, str]:
        return {**os.environ, "IRIA_WP_ABSPATH": str(self.abspath), "IRIA_WP_HOME": self.home}

    def run_script(self, name: str, stdin: str = "") -> str:
        """Run one of this package's PHP scripts against the install; its standard output."""
        done = subprocess.run(
            ["php", str(HERE / name)],
            input=stdin,
            capture_output=True,
            text=True,
            env=self._env(),
            timeout=120,
        )
        if done.returncode != 0 or "Fatal error" in done.stdout:
            raise RuntimeError(f"{name} failed ({done.returncode}): {done.stdout}{done.stderr}")
        return done.stdout

    def _serve(self) -> None:
        # Workers so that a crawl with concurrent requests is not served one by one.
        env = {
            **self._env(),
            "PHP_CLI_SERVER_WORKERS": "4",
            "IRIA_WP_REQUEST_LOG": str(self.request_log),
        }
        server_log = open(self.root / "php-server.log", "wb")  # noqa: SIM115
        self.server = subprocess.Popen(
            [
                "php",
                "-d",
                "display_errors=stderr",
                # WordPress compiles hundreds of files per request: cache them across requests.
                "-d",
                "opcache.enable_cli=1",
                "-S",
                f"127.0.0.1:{self.port}",
                "-t",
                str(self.docroot),
                str(HERE / "router.php"),
            ],
            stdin=subprocess.DEVNULL,
            stdout=server_log,
            stderr=subprocess.STDOUT,
            env=env,
            # Its own process group: the workers it forks are stopped with it.
            start_new_session=True,
        )
        server_log.close()

        def answers() -> bool:
            if self.server.poll() is not None:
                raise RuntimeError("PHP's server exited; see its log in " + str(self.root))
            try:
                with urllib.request.urlopen(f"{self.home}/wp-json/", timeout=5) as response:
                    return response.status == 200
            except OSError:
                return False

        wait_for(answers, "PHP's built-in server answering")
        self.clear_requests()

    def stop(self) -> None:
        """Stop the web server and the database."""
        if self.server and self.server.poll() is None:
            os.killpg(self.server.pid, signal.SIGTERM)
            try:
                self.server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.server.pid, signal.SIGKILL)
                self.server.wait()
        self.db.stop()

    def __enter__(self) -> WordPress:
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- what tests use ----------------------------------------------------------------------

    def php(self, code: str) -> str:
        """Run PHP statements inside the install (WordPress loaded); what they printed."""
        return self.run_script("run.php", stdin=code)

    def truth(self) -> dict:
        """What WordPress's own functions say about the site's posts (see truth.php)."""
        return json.loads(self.run_script("truth.php"))

    def update_post(self, post_id: int, **fields: object) -> None:
        """Change a post with wp_update_post, as the editor does: modified becomes now."""
        args = php_string(json.dumps({"ID": post_id, **fields}))
        self.php(
            f"$done = wp_update_post(wp_slash(json_decode({args}, true)), true);"
            "if (is_wp_error($done)) { fwrite(STDERR, $done->get_error_message()); exit(1); }"
        )

    def set_modified(self, post_id: int, local: str) -> None:
        """Set a post's modification date ('YYYY-MM-DD HH:MM:SS', the site's time zone)."""
        self.php(
            "global $wpdb;"
            f"$wpdb->update($wpdb->posts, ['post_modified' => {php_string(local)},"
            f" 'post_modified_gmt' => get_gmt_from_date({php_string(local)})],"
            f" ['ID' => {int(post_id)}]);"
        )

    def post_field(self, post_id: int, field: str) -> str:
        """One raw field of a post, as stored (post_content, post_modified, ...)."""
        return self.php(f"echo get_post({int(post_id)})->{field};")

    def switch_theme(self, name: str) -> None:
        """Make `name` the active theme, as Appearance > Themes would."""
        if name not in THEMES + ZOO_THEMES:
            raise ValueError(f"unknown theme {name!r}")
        self.php(f"switch_theme({php_string(name)});")
        self.theme = name

    @property
    def requests(self) -> list[tuple[int, str, str, str | None]]:
        """(status, method, URI, Location) of each request served since `clear_requests()`."""
        if not self.request_log.exists():
            return []
        lines = self.request_log.read_text().splitlines()
        return [tuple(json.loads(line)) for line in lines]

    def clear_requests(self) -> None:
        """Forget the requests served so far."""
        self.request_log.unlink(missing_ok=True)

    def get(self, path: str) -> bytes:
        """The body of a page of the site (path relative to the site root)."""
        with urllib.request.urlopen(self.base_url + path, timeout=30) as response:
            return response.read()
