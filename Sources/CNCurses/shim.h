#ifndef PUEBLA_CNCURSES_SHIM_H
#define PUEBLA_CNCURSES_SHIM_H

// SwiftPM drops pkg-config's -D flags: without this, the wide-character API is missing.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncurses.h>

// Glibc's wcwidth is not visible through Swift's Glibc module.
extern int wcwidth(wchar_t c);

// Macros Swift cannot import, exposed as constants and functions.
static const attr_t puebla_A_NORMAL = A_NORMAL;
static const attr_t puebla_A_BOLD = A_BOLD;
static const attr_t puebla_A_REVERSE = A_REVERSE;
static const attr_t puebla_A_UNDERLINE = A_UNDERLINE;
static const attr_t puebla_A_DIM = A_DIM;
static const attr_t puebla_A_ITALIC = A_ITALIC;

static const mmask_t puebla_BUTTON1_PRESSED = BUTTON1_PRESSED;
static const mmask_t puebla_BUTTON1_RELEASED = BUTTON1_RELEASED;
static const mmask_t puebla_BUTTON1_CLICKED = BUTTON1_CLICKED;
static const mmask_t puebla_BUTTON1_DOUBLE_CLICKED = BUTTON1_DOUBLE_CLICKED;
static const mmask_t puebla_BUTTON4_PRESSED = BUTTON4_PRESSED;
static const mmask_t puebla_BUTTON5_PRESSED = BUTTON5_PRESSED;
static const mmask_t puebla_ALL_MOUSE_EVENTS = ALL_MOUSE_EVENTS;
static const mmask_t puebla_REPORT_MOUSE_POSITION = REPORT_MOUSE_POSITION;

static inline int puebla_key_f(int n) { return KEY_F(n); }
static inline int puebla_lines(void) { return LINES; }
static inline int puebla_cols(void) { return COLS; }
static inline WINDOW *puebla_stdscr(void) { return stdscr; }

#endif
