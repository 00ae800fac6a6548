"""Moving records from the knowledge base to targets: plan, gates, apply, ledger, report.

See :mod:`kmcore.sync.model` for the contract between the engine and target backends.
"""
