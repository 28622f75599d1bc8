-- Failed sign-ins shared by every node (they used to be counted in each node's memory, so N nodes allowed N
-- times the attempts). kind is 'account' or 'address'; failed_at is in epoch milliseconds. Rows older than the
-- throttle's window are deleted as new failures come in.
create table web_sign_in_failure (
    kind      varchar(8)  not null,
    sign_key  varchar(64) not null,
    failed_at bigint      not null
);
create index web_sign_in_failure_key_ix on web_sign_in_failure (kind, sign_key, failed_at);
create index web_sign_in_failure_at_ix on web_sign_in_failure (failed_at);
