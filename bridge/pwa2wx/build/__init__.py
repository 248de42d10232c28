"""Running a conversion: sequencing the stages, the cache of stage units, worker processes and progress."""
