package dev.migrator.autogenerate;

import dev.migrator.schema.ColumnType;

/** A type as a person reads it in a message: {@code string(200)}, {@code numeric(10, 2)}, {@code raw("char(3)")}. */
final class TypeText {

    private TypeText() {
    }

    static String of(ColumnType type) {
        return OperationRenderer.typeCode(type).toString().replace("dev.migrator.schema.Types.", "");
    }
}
