-- A case's SLA clocks are derived again whenever its engine state changes: its investigations by case.
CREATE INDEX ix_investigation_case ON investigation (case_reference);
