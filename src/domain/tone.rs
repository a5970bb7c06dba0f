//! The rest-end chime, synthesised: two short sine tones (A5 then E6) with soft edges, as a
//! 16-bit mono WAV in memory — no audio file ships with the app.

/// Samples per second of the chime.
pub const SAMPLE_RATE: u32 = 22_050;

/// (frequency in Hz, seconds) of each tone; a short silence separates them.
const TONES: [(f64, f64); 2] = [(880.0, 0.16), (1318.5, 0.22)];
const GAP_SECONDS: f64 = 0.05;
/// Of full scale: loud enough to hear over gym music from laptop speakers, far from clipping.
const AMPLITUDE: f64 = 0.45;
/// Fade in and out over this long, so a tone starts and stops without a click.
const FADE_SECONDS: f64 = 0.012;

/// The chime's samples.
pub fn chime_samples() -> Vec<i16> {
    let rate = f64::from(SAMPLE_RATE);
    let mut samples = Vec::new();
    for (i, (frequency, seconds)) in TONES.iter().enumerate() {
        if i > 0 {
            samples.extend(std::iter::repeat_n(0, (GAP_SECONDS * rate) as usize));
        }
        let n = (seconds * rate) as usize;
        let fade = FADE_SECONDS * rate;
        samples.extend((0..n).map(|k| {
            let t = k as f64 / rate;
            let edge = (k as f64 / fade).min((n - k) as f64 / fade).min(1.0);
            let value = (2.0 * std::f64::consts::PI * frequency * t).sin() * AMPLITUDE * edge;
            (value * f64::from(i16::MAX)).round() as i16
        }));
    }
    samples
}

/// The chime as a WAV file (RIFF, PCM, 16-bit mono).
pub fn chime_wav() -> Vec<u8> {
    let samples = chime_samples();
    let data_len = (samples.len() * 2) as u32;
    let mut wav = Vec::with_capacity(44 + data_len as usize);
    wav.extend_from_slice(b"RIFF");
    wav.extend_from_slice(&(36 + data_len).to_le_bytes());
    wav.extend_from_slice(b"WAVEfmt ");
    wav.extend_from_slice(&16u32.to_le_bytes()); // fmt chunk size
    wav.extend_from_slice(&1u16.to_le_bytes()); // PCM
    wav.extend_from_slice(&1u16.to_le_bytes()); // mono
    wav.extend_from_slice(&SAMPLE_RATE.to_le_bytes());
    wav.extend_from_slice(&(SAMPLE_RATE * 2).to_le_bytes()); // bytes per second
    wav.extend_from_slice(&2u16.to_le_bytes()); // bytes per frame
    wav.extend_from_slice(&16u16.to_le_bytes()); // bits per sample
    wav.extend_from_slice(b"data");
    wav.extend_from_slice(&data_len.to_le_bytes());
    for s in samples {
        wav.extend_from_slice(&s.to_le_bytes());
    }
    wav
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chime_is_a_short_soft_edged_wav() {
        let samples = chime_samples();
        let seconds = samples.len() as f64 / f64::from(SAMPLE_RATE);
        assert!((0.4..0.5).contains(&seconds), "{seconds} s");
        let peak = samples.iter().map(|s| s.unsigned_abs()).max().unwrap();
        assert!(peak > 10_000 && peak < 16_000, "audible, never clipping: {peak}");
        assert!(samples[0].unsigned_abs() < 100 && samples.last().unwrap().unsigned_abs() < 1_000, "no click");
        let wav = chime_wav();
        assert_eq!(&wav[..4], b"RIFF");
        assert_eq!(&wav[8..16], b"WAVEfmt ");
        assert_eq!(u32::from_le_bytes(wav[4..8].try_into().unwrap()) as usize, wav.len() - 8);
        assert_eq!(u32::from_le_bytes(wav[40..44].try_into().unwrap()) as usize, samples.len() * 2);
    }
}
