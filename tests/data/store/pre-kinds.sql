-- A node database made by luytre before kinds owned their tables (commit 81e6ab9: core revision 0005,
-- the tutor tables named learn_*), with one learner; sqlite3 iterdump.
BEGIN TRANSACTION;
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
INSERT INTO "alembic_version" VALUES('0005');
CREATE TABLE audit_checkpoints (
	size INTEGER NOT NULL, 
	checkpoint_json TEXT NOT NULL, 
	signature VARCHAR(128) NOT NULL, 
	cosignatures TEXT NOT NULL, 
	PRIMARY KEY (size)
);
CREATE TABLE audit_entries (
	seq INTEGER NOT NULL, 
	entry_json TEXT NOT NULL, 
	leaf_hash VARCHAR(64) NOT NULL, 
	chain_hash VARCHAR(64) NOT NULL, 
	PRIMARY KEY (seq)
);
CREATE TABLE consents (
	id INTEGER NOT NULL, 
	subject VARCHAR(128) NOT NULL, 
	purpose VARCHAR(64) NOT NULL, 
	status VARCHAR(16) NOT NULL, 
	at DATETIME NOT NULL, 
	evidence TEXT NOT NULL, 
	recorded_by VARCHAR(64) NOT NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE expert_versions (
	expert_id VARCHAR(64) NOT NULL, 
	version VARCHAR(128) NOT NULL, 
	digest VARCHAR(64) NOT NULL, 
	manifest_json TEXT NOT NULL, 
	storage_dir VARCHAR(512) NOT NULL, 
	size_bytes INTEGER NOT NULL, 
	installed_at DATETIME NOT NULL, 
	vetting_report TEXT, 
	PRIMARY KEY (expert_id, version), 
	FOREIGN KEY(expert_id) REFERENCES experts (id) ON DELETE CASCADE
);
CREATE TABLE experts (
	id VARCHAR(64) NOT NULL, 
	enabled BOOLEAN NOT NULL, 
	active_version VARCHAR(128) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE learn_attempts (
	id INTEGER NOT NULL, 
	learner_id VARCHAR(128) NOT NULL, 
	session_id VARCHAR(64) NOT NULL, 
	bank VARCHAR(64) NOT NULL, 
	item_id VARCHAR(64) NOT NULL, 
	skills TEXT NOT NULL, 
	correct BOOLEAN NOT NULL, 
	predicted FLOAT, 
	reason VARCHAR(16) NOT NULL, 
	at DATETIME NOT NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE learn_items (
	bank VARCHAR(64) NOT NULL, 
	item_id VARCHAR(64) NOT NULL, 
	difficulty FLOAT NOT NULL, 
	answers INTEGER NOT NULL, 
	PRIMARY KEY (bank, item_id)
);
CREATE TABLE learn_learners (
	id VARCHAR(128) NOT NULL, 
	class_id VARCHAR(64), 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO "learn_learners" VALUES('hs-old-1','9a','2026-11-30 08:00:00+00:00');
CREATE TABLE learn_sessions (
	id VARCHAR(64) NOT NULL, 
	learner_id VARCHAR(128) NOT NULL, 
	bank VARCHAR(64) NOT NULL, 
	focus VARCHAR(64), 
	pending_item VARCHAR(64), 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (id)
);
CREATE TABLE learn_states (
	learner_id VARCHAR(128) NOT NULL, 
	bank VARCHAR(64) NOT NULL, 
	state TEXT NOT NULL, 
	updated_at DATETIME NOT NULL, 
	PRIMARY KEY (learner_id, bank)
);
CREATE TABLE mesh_nonces (
	nonce VARCHAR(80) NOT NULL, 
	seen_at FLOAT NOT NULL, 
	PRIMARY KEY (nonce)
);
CREATE TABLE mesh_peers (
	name VARCHAR(64) NOT NULL, 
	node_id VARCHAR(32) NOT NULL, 
	url VARCHAR(300) NOT NULL, 
	public_key VARCHAR(64) NOT NULL, 
	jurisdiction VARCHAR(2) NOT NULL, 
	added_at DATETIME NOT NULL, 
	revoked_at DATETIME, 
	catalog_json TEXT, 
	catalog_version INTEGER, 
	held_checkpoint TEXT, 
	PRIMARY KEY (name), 
	UNIQUE (node_id)
);
CREATE TABLE registry_state (
	"key" VARCHAR(64) NOT NULL, 
	value INTEGER NOT NULL, 
	PRIMARY KEY ("key")
);
CREATE INDEX ix_consents_subject ON consents (subject);
CREATE INDEX ix_learn_learners_class_id ON learn_learners (class_id);
CREATE INDEX ix_learn_sessions_learner_id ON learn_sessions (learner_id);
CREATE INDEX ix_learn_attempts_learner_id ON learn_attempts (learner_id);
CREATE INDEX ix_mesh_nonces_seen_at ON mesh_nonces (seen_at);
COMMIT;
