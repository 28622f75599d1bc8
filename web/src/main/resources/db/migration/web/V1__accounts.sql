-- Sign-in accounts for the Jakarta Security identity store. Passwords are PBKDF2 hashes.
create table web_account (
    username      varchar(60)  not null primary key,
    password_hash varchar(255) not null,
    enabled       boolean      not null
);

create table web_account_role (
    username varchar(60) not null references web_account (username),
    role     varchar(20) not null,
    primary key (username, role)
);
