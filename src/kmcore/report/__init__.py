"""Impact reporting: ``kmcore report``, an evidence pack for the Quality and Improvement
Outcomes Framework. :func:`~kmcore.report.figures.evidence_pack` works out the figures;
:mod:`kmcore.report.render` writes them as self-contained HTML (with charts) and CSV."""
