// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/imagefile.h"

#include "core/storage/outputfile.h"

#include <QBuffer>
#include <QImage>

namespace attain {

Status ImageFile::savePng(const QImage &image, const QString &path)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (image.isNull() || !image.save(&buffer, "PNG"))
        return Status(Problem{QString(), tr("The picture could not be made.")});
    return OutputFile::write(path, bytes);
}

} // namespace attain
