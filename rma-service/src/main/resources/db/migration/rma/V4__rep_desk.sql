-- The rep desk: one RMA's wrong-part checks (by its number), and the RMAs a rep acted on (the queue's "mine")
create index rma_gate_check_rma_idx on rma_gate_check (rma_number, checked_at);
create index rma_event_actor_idx on rma_event (actor, rma_id);
