"""The search index file's layout (SQLite tables, FTS5 tokenizer) and the constants its
queries share."""

from __future__ import annotations

from pathlib import Path

__all__ = ["INDEX_FILE"]


INDEX_FILE = Path(".kmcore") / "cache" / "search.sqlite3"
_SCHEMA = "7"  # 7: a record dated by its own date, not the day imported (D1488)
_TOKENIZER = "porter unicode61 remove_diacritics 2"
#: BM25 column weights: title, summary, subjects (terms, keywords, technique), body, people.
_WEIGHTS = (10.0, 5.0, 4.0, 1.0, 2.0)
_BM25 = "bm25(fts, " + ", ".join(str(w) for w in _WEIGHTS) + ")"
_MARK_START, _MARK_END = "\x02", "\x03"
#: How many candidates (by FTS5's BM25) are re-scored by kmcore.search.rank.
_CANDIDATES = 50
#: Above this many matches, candidates come from title, summary and subject matches first.
_LARGE = 5000
#: A word in more than this share of the records (with at least _COMMON_MIN records) is not
#: widened on its own (see kmcore.search.rank.expand).
_COMMON_SHARE = 0.2
_COMMON_MIN = 500
#: Field lengths (in words) assumed until an index has measured its own.
_DEFAULT_AVERAGES = (8.0, 25.0, 8.0, 150.0, 3.0)

_DDL = f"""
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE docs(
    n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, title TEXT NOT NULL,
    summary TEXT NOT NULL, status TEXT NOT NULL, visibility TEXT NOT NULL,
    confidential INTEGER NOT NULL, stage TEXT NOT NULL, technique TEXT NOT NULL,
    phase TEXT NOT NULL, department TEXT NOT NULL, department_key TEXT NOT NULL,
    org_name TEXT NOT NULL, date TEXT NOT NULL, created TEXT NOT NULL, updated TEXT NOT NULL,
    review_due TEXT NOT NULL);
CREATE INDEX docs_type ON docs(type);
CREATE INDEX docs_updated ON docs(updated);
CREATE TABLE terms(n INTEGER NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL);
CREATE INDEX terms_kv ON terms(kind, value);
CREATE INDEX terms_n ON terms(n);
CREATE TABLE assoc(owner TEXT NOT NULL, person TEXT NOT NULL, record TEXT NOT NULL,
    role TEXT NOT NULL, weight REAL NOT NULL, from_profile INTEGER NOT NULL);
CREATE INDEX assoc_owner ON assoc(owner);
CREATE INDEX assoc_record ON assoc(record);
CREATE INDEX assoc_person ON assoc(person);
CREATE TABLE links(src TEXT NOT NULL, rel TEXT NOT NULL, dst TEXT NOT NULL);
CREATE INDEX links_src ON links(src);
CREATE INDEX links_dst ON links(dst);
CREATE TABLE people(id TEXT PRIMARY KEY, name TEXT NOT NULL, hidden INTEGER NOT NULL,
    job_title TEXT NOT NULL, department TEXT NOT NULL, email TEXT NOT NULL,
    visibility TEXT NOT NULL, willing TEXT NOT NULL);
CREATE TABLE claims(k INTEGER PRIMARY KEY, person TEXT NOT NULL, label TEXT NOT NULL,
    basis TEXT NOT NULL, level TEXT NOT NULL, endorsed_by TEXT NOT NULL,
    evidence TEXT NOT NULL);
CREATE INDEX claims_person ON claims(person);
CREATE TABLE files(id TEXT PRIMARY KEY, key TEXT NOT NULL);
CREATE TABLE toks(n INTEGER PRIMARY KEY, title TEXT NOT NULL, summary TEXT NOT NULL,
    subjects TEXT NOT NULL, body TEXT NOT NULL, people TEXT NOT NULL,
    breaks TEXT NOT NULL DEFAULT '');
CREATE TABLE defs(n INTEGER NOT NULL, abbr TEXT NOT NULL, expansion TEXT NOT NULL);
CREATE INDEX defs_n ON defs(n);
CREATE VIRTUAL TABLE fts USING fts5(title, summary, subjects, body, people,
    tokenize='{_TOKENIZER}', prefix='2 3');
CREATE VIRTUAL TABLE claims_fts USING fts5(text, tokenize='{_TOKENIZER}');
CREATE VIRTUAL TABLE fts_words USING fts5vocab(fts, row);
"""
