-- The node whose run holds a feed, so that a run taken over from a dead node can say whose it was.
alter table trd_offer_feed add column running_on varchar(100);
