#include "ui/keyloader.h"

#include <QDir>
#include <QFile>

namespace chainscope::ui {

namespace {

constexpr qint64 MaxKeyFileBytes = 256 * 1024;


Result<QByteArray> readKeyFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Io, KeyLoader::tr("Cannot read the key file %1: %2")
                                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > MaxKeyFileBytes)
        return Error(ErrorKind::InvalidInput, KeyLoader::tr("%1 is too large to be a public key.")
                                                  .arg(QDir::toNativeSeparators(path)));
    return file.readAll();
}

} // namespace

Result<crypto::PublicKey> KeyLoader::load(const KeyInput &input)
{
    QByteArray pem = input.pem;
    if (pem.isEmpty()) {
        if (input.path.isEmpty())
            return Error(ErrorKind::InvalidInput, tr("Give a public key: a PEM file or pasted "
                                                     "text."));
        Result<QByteArray> bytes = readKeyFile(input.path);
        if (!bytes)
            return bytes.error();
        pem = bytes.value();
    }
    Result<crypto::PublicKey> key = crypto::PublicKey::fromPem(pem);
    if (!key) {
        Error error = key.error();
        error.addContext(input.pem.isEmpty()
                             ? tr("reading the key in %1").arg(QDir::toNativeSeparators(input.path))
                             : tr("reading the pasted key"));
        return error;
    }
    return key;
}

QList<crypto::PublicKey> KeyLoader::loadKnown(const KeyInput &input, QStringList *problems)
{
    QList<crypto::PublicKey> keys;
    for (const QString &path : input.knownKeyFiles) {
        Result<QByteArray> bytes = readKeyFile(path);
        Result<crypto::PublicKey> key = bytes ? crypto::PublicKey::fromPem(bytes.value())
                                              : Result<crypto::PublicKey>(bytes.error());
        if (key)
            keys << key.value();
        else if (problems)
            *problems << key.error().toString();
    }
    return keys;
}

} // namespace chainscope::ui
