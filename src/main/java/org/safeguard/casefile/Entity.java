package org.safeguard.casefile;

/** A mission or agency a case is recorded against, e.g. {@code MINUSCA}. */
public record Entity(String code, String kind, String nameEn) {}
