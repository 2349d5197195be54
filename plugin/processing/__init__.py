"""Processing provider and algorithms: Frontline in the toolbox, in models and through qgis_process."""
