"""Exchange files between organizations: one agreement or one project, checked before anything is written."""
