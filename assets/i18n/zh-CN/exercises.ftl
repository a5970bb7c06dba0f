# The built-in library in this language: exercise-, muscle- and equipment- ids are derived
# from the English name (i18n::name_id); the events keep the English name.
exercise-bench-press = 卧推
