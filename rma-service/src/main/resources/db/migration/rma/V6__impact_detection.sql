-- Impact detection (issue 16, item 1): failed or slow requests of signed-in customers, kept compactly (one row
-- per customer, journey, minute and kind, with a count), and incidents that detection proposes for staff to
-- confirm, amend or dismiss.

create table rcv_request_failure (
    customer_username varchar(60) not null,
    journey           varchar(30) not null,
    minute_start      timestamp with time zone not null,
    kind              varchar(20) not null,
    failures          integer     not null,
    constraint rcv_request_failure_pk primary key (customer_username, journey, minute_start, kind)
);
-- the detector reads one window of one journey
create index rcv_request_failure_window_idx on rcv_request_failure (journey, minute_start);

-- Incidents declared by staff so far were told at once: they are CONFIRMED.
alter table rcv_incident add column status varchar(20) default 'CONFIRMED' not null;
alter table rcv_incident add column journey varchar(30);
-- set only while PROPOSED: one open proposal per journey, however many detectors run at once (several nodes)
alter table rcv_incident add column open_journey varchar(30);
alter table rcv_incident add constraint rcv_incident_open_journey_uk unique (open_journey);
alter table rcv_incident add column decided_by varchar(60);
alter table rcv_incident add column decided_at timestamp with time zone;
-- a declaration sent twice (a double click, a resubmitted form, a retried API call) declares once
alter table rcv_incident add column declaration_key varchar(60);
alter table rcv_incident add constraint rcv_incident_declaration_uk unique (declaration_key);
alter table rcv_incident add column version bigint default 0 not null;
create index rcv_incident_status_idx on rcv_incident (status, declared_at);
create index rcv_incident_journey_idx on rcv_incident (journey, status);

-- Who an incident affects: found by detection (with their failures) or listed by staff; a customer staff
-- removed stays here, excluded, so that detection does not add them back.
create table rcv_incident_customer (
    incident_id       bigint      not null references rcv_incident (id),
    customer_username varchar(60) not null,
    failures          integer     not null,
    excluded          boolean     not null,
    constraint rcv_incident_customer_pk primary key (incident_id, customer_username)
);
