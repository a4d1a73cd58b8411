"""Who said a passage: attribution clauses, speaker phrases and actors, for `idlibsite suggest`."""
