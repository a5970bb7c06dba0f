//! Fallback fonts for names egui's own fonts cannot draw. egui ships Latin, Greek and
//! Cyrillic (Ubuntu Light) and emoji; an exercise called "深蹲", "Жим лёжа" or "בנץ'" must not
//! show boxes. Nothing is downloaded or bundled: the first font found of each group below is
//! added after egui's own, so they are only used for glyphs those lack.

use std::path::Path;
use std::sync::Arc;

/// Per script group, where desktop systems keep a font that covers it (Linux, macOS, Windows).
const CANDIDATES: &[(&str, &[&str])] = &[
    (
        "cjk",
        &[
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/System/Library/Fonts/PingFang.ttc",
            "/System/Library/Fonts/Hiragino Sans GB.ttc",
            "C:\\Windows\\Fonts\\msyh.ttc",
            "C:\\Windows\\Fonts\\YuGothM.ttc",
        ],
    ),
    (
        "unicode",
        &[
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/TTF/DejaVuSans.ttf",
            "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
            "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
            "C:\\Windows\\Fonts\\seguisym.ttf",
            "C:\\Windows\\Fonts\\arial.ttf",
        ],
    ),
];

/// Where the context remembers whether a CJK font was found (see [`has_cjk`]).
const CJK_KEY: &str = "gymlog_cjk_font";

/// Adds the fallback fonts this computer has (read once, at start-up). Returns whether one
/// draws Chinese, also kept in the context for [`has_cjk`].
pub fn install(ctx: &egui::Context) -> bool {
    let mut fonts = egui::FontDefinitions::default();
    let mut cjk = false;
    for (group, paths) in CANDIDATES {
        let Some(bytes) = paths.iter().map(Path::new).find_map(|p| std::fs::read(p).ok()) else { continue };
        cjk |= *group == "cjk";
        let name = format!("fallback-{group}");
        fonts.font_data.insert(name.clone(), Arc::new(egui::FontData::from_owned(bytes)));
        for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
            fonts.families.entry(family).or_default().push(name.clone());
        }
    }
    ctx.set_fonts(fonts);
    set_has_cjk(ctx, cjk);
    cjk
}

/// Records whether the window has a font that draws Chinese.
pub fn set_has_cjk(ctx: &egui::Context, found: bool) {
    ctx.data_mut(|d| d.insert_temp(egui::Id::unique(CJK_KEY), found));
}

/// Whether a font that draws Chinese was installed (false before [`install`]: egui's own
/// fonts have none).
pub fn has_cjk(ctx: &egui::Context) -> bool {
    ctx.data(|d| d.get_temp::<bool>(egui::Id::unique(CJK_KEY))).unwrap_or(false)
}
