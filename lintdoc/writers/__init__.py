"""Writers produce new files from findings (never touching the checked file): reviewed .docx copies."""
