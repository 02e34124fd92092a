# Helpers shared by the fixture scripts (meta-, bias-, extras-, metareg- and measures-fixtures.R): how fixture
# data and cases are written, so that every script writes the same formats. They read the caller's DATA_DIR and
# CASE_DIR when called.
# Sourced, not run: Rscript tools/reference/meta-fixtures.R (or bias-fixtures.R) from the repository root.

# Shortest decimal representation (15..17 significant digits) that reads back
# as exactly the same double; integers print without a decimal point.
num2str <- function(x) {
  vapply(x, function(v) {
    if (is.na(v)) return("")
    for (d in 15:17) {
      s <- sprintf(paste0("%.", d, "g"), v)
      if (as.numeric(s) == v) return(s)
    }
    s
  }, character(1))
}

csv_quote <- function(s) {
  need <- grepl("[\",\r\n]", s) | grepl("^\\s|\\s$", s)
  s[need] <- paste0("\"", gsub("\"", "\"\"", s[need]), "\"")
  s
}

write_data <- function(df, name) {
  stopifnot(!anyDuplicated(df$study))
  cols <- lapply(df, function(col) if (is.numeric(col)) num2str(col) else csv_quote(as.character(col)))
  lines <- c(paste(csv_quote(names(df)), collapse = ","),
             do.call(paste, c(cols, sep = ",")))
  con <- file(file.path(DATA_DIR, name), open = "wb")   # LF line endings everywhere
  writeLines(lines, con, sep = "\n")
  close(con)
  invisible(name)
}

read_data <- function(name)
  read.csv(file.path(DATA_DIR, name), stringsAsFactors = FALSE, check.names = FALSE)

# NA / NaN / +-Inf / NULL -> NA (written as JSON null); keeps doubles plain.
clean <- function(x) {
  if (is.null(x) || length(x) == 0) return(NA)
  x <- as.vector(x)
  if (is.numeric(x)) x[!is.finite(x)] <- NA
  unname(x)
}

write_case <- function(case, obj) {
  json <- toJSON(obj, digits = NA, auto_unbox = TRUE, null = "null", na = "null",
                 pretty = TRUE)
  if (grepl("NaN|Inf|\"NA\"", json)) stop("non-finite value leaked into ", case)
  con <- file(file.path(CASE_DIR, paste0(case, ".json")), open = "wb")
  writeLines(json, con, sep = "\n")
  close(con)
}


# The folders of one fixture set, evsynth-stats/src/test/resources/reference/<name>/{data,cases}, created if
# missing: list(data = ..., cases = ...).
fixture_folders <- function(name) {
  out <- file.path("evsynth-stats", "src", "test", "resources", "reference", name)
  dirs <- list(data = file.path(out, "data"), cases = file.path(out, "cases"))
  for (d in dirs) dir.create(d, recursive = TRUE, showWarnings = FALSE)
  dirs
}

# The `generator` line of every case: the versions that wrote it.
fixture_generator <- function() sprintf("metafor %s, metadat %s, jsonlite %s, %s",
  packageDescription("metafor")$Version, packageDescription("metadat")$Version,
  packageDescription("jsonlite")$Version, R.version.string)
