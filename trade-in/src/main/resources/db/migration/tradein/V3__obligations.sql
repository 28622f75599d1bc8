-- Parts-availability obligations per model: parts for N years after the last unit sold, delivered within D days
-- (e.g. EU ecodesign: 7 or 10 years, 15 working days).
create table trd_obligation (
    model_code           varchar(40) not null primary key,
    years_after_last_sale integer    not null,
    delivery_days        integer     not null,
    constraint trd_obligation_years_ck check (years_after_last_sale between 1 and 30),
    constraint trd_obligation_days_ck check (delivery_days between 1 and 365)
);
