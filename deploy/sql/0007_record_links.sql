-- Links between records: a child's top-level *_id property names its parent's unified id. Reading the
-- children of a page of parents (a page of candidates and their applications, say) filters on these;
-- without an index each such read walked every record of the child model. One partial expression index
-- per link field, led by the scope expression the queries use (see 0005's keyset index); rows without
-- the field are left out. PayloadLinkFilter in the store's code is written to match these expressions.

CREATE INDEX IF NOT EXISTS ix_kombo_record_link_candidate_id
    ON kombo_record ((integration_id || '/' || model), (payload ->> 'candidate_id'))
    WHERE (payload ->> 'candidate_id') IS NOT NULL;

CREATE INDEX IF NOT EXISTS ix_kombo_record_link_job_id
    ON kombo_record ((integration_id || '/' || model), (payload ->> 'job_id'))
    WHERE (payload ->> 'job_id') IS NOT NULL;

CREATE INDEX IF NOT EXISTS ix_kombo_record_link_application_id
    ON kombo_record ((integration_id || '/' || model), (payload ->> 'application_id'))
    WHERE (payload ->> 'application_id') IS NOT NULL;

CREATE INDEX IF NOT EXISTS ix_kombo_record_link_interview_id
    ON kombo_record ((integration_id || '/' || model), (payload ->> 'interview_id'))
    WHERE (payload ->> 'interview_id') IS NOT NULL;

CREATE INDEX IF NOT EXISTS ix_kombo_record_link_user_id
    ON kombo_record ((integration_id || '/' || model), (payload ->> 'user_id'))
    WHERE (payload ->> 'user_id') IS NOT NULL;
