#pragma once

#include <QString>

// The till's files hold customers' e-mails, what they bought and the gateway
// key: they are its owner's alone. A folder is made 0700 and a file 0600, and
// files left readable by others by an older version are tightened.
namespace PrivateFiles {
// Creates `path` and its parents when missing; returns an error text or empty.
QString ensureFolder(const QString &path);
// Creates an empty file when missing, and in any case makes it owner-only.
QString ensureFile(const QString &path);
// Makes an existing file owner-only; a missing one is no error.
QString tighten(const QString &path);
}
