// SPDX-License-Identifier: EPL-2.0
package org.backlot.studio.api;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.stream.IntStream;

/**
 * Looking around in an equirectangular 360° panorama: a view direction
 * (yaw, degrees from the panorama's centre, positive to the right; pitch,
 * degrees above the horizon), a horizontal field of view and a view size map
 * to the panorama's pixels by a rectilinear (pinhole) projection, as the
 * survey viewer shows it. View coordinates are continuous: pixel (i, j)
 * covers [i, i+1) × [j, j+1), so the view's centre is (w/2, h/2). The
 * panorama's centre column is yaw 0, its top row looks straight up.
 * Rendering precomputes each frame's rows and columns and runs rows in
 * parallel, fast enough to follow a drag.
 */
public final class Panoramas {
	private Panoramas() {
	}

	/** The panorama pixel position (x, y; continuous) of a direction, for a panorama of the given size. */
	public static double[] pixel(double yaw, double pitch, int width, int height) {
		return new double[] { (wrap(yaw) / 360 + 0.5) * width, (0.5 - pitch / 180) * height };
	}

	/** The direction {yaw, pitch} of a panorama pixel position (continuous coordinates). */
	public static double[] angles(double x, double y, int width, int height) {
		return new double[] { wrap((x / width - 0.5) * 360), (0.5 - y / height) * 180 };
	}

	/**
	 * The direction {yaw, pitch} in degrees seen at view position (x, y) when
	 * the view looks at (yaw, pitch) with the horizontal field of view
	 * {@code hfovDeg} over a {@code w} × {@code h} view.
	 */
	public static double[] direction(double x, double y, double yaw, double pitch, double hfovDeg, int w, int h) {
		double f = focal(hfovDeg, w);
		double[] r = rotate(x - w / 2.0, h / 2.0 - y, f, Math.toRadians(yaw), Math.toRadians(pitch));
		return new double[] { Math.toDegrees(Math.atan2(r[0], r[2])), Math.toDegrees(Math.atan2(r[1], Math.hypot(r[0], r[2]))) };
	}

	/**
	 * Where in the view the direction (dirYaw, dirPitch) appears, {x, y}, or
	 * null when it lies behind the viewer; the inverse of {@link #direction}.
	 * Points outside the view are returned too (the caller clips).
	 */
	public static double[] viewPoint(double dirYaw, double dirPitch, double yaw, double pitch, double hfovDeg, int w, int h) {
		double a = Math.toRadians(dirYaw);
		double e = Math.toRadians(dirPitch);
		double wx = Math.cos(e) * Math.sin(a);
		double wy = Math.sin(e);
		double wz = Math.cos(e) * Math.cos(a);
		double cy = Math.cos(Math.toRadians(yaw));
		double sy = Math.sin(Math.toRadians(yaw));
		double cp = Math.cos(Math.toRadians(pitch));
		double sp = Math.sin(Math.toRadians(pitch));
		double x1 = wx * cy - wz * sy;
		double z1 = wx * sy + wz * cy;
		double y2 = wy * cp - z1 * sp;
		double z2 = wy * sp + z1 * cp;
		if (z2 <= 1e-9) {
			return null;
		}
		double f = focal(hfovDeg, w);
		return new double[] { w / 2.0 + f * x1 / z2, h / 2.0 - f * y2 / z2 };
	}

	/** A new {@code w} × {@code h} view of the panorama (see {@link #render(BufferedImage, double, double, double, BufferedImage)}). */
	public static BufferedImage render(BufferedImage equirect, double yaw, double pitch, double hfovDeg, int w, int h) {
		return render(equirect, yaw, pitch, hfovDeg, new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB));
	}

	/**
	 * Renders the view into {@code target} (reused between frames while
	 * dragging; a TYPE_INT_RGB or TYPE_INT_ARGB target is written directly)
	 * with bilinear sampling, wrapping round at the panorama's seam. Pass a
	 * panorama made by {@link #prepare} to avoid converting it every frame.
	 */
	public static BufferedImage render(BufferedImage equirect, double yaw, double pitch, double hfovDeg, BufferedImage target) {
		int[] src = pixels(equirect);
		int sw = equirect.getWidth();
		int sh = equirect.getHeight();
		int w = target.getWidth();
		int h = target.getHeight();
		boolean direct = target.getRaster().getDataBuffer() instanceof DataBufferInt && (target.getType() == BufferedImage.TYPE_INT_RGB
				|| target.getType() == BufferedImage.TYPE_INT_ARGB);
		int[] out = direct ? ((DataBufferInt) target.getRaster().getDataBuffer()).getData() : new int[w * h];
		double f = focal(hfovDeg, w);
		double cy = Math.cos(Math.toRadians(yaw));
		double sy = Math.sin(Math.toRadians(yaw));
		double cp = Math.cos(Math.toRadians(pitch));
		double sp = Math.sin(Math.toRadians(pitch));
		double[] dx = new double[w];
		for (int i = 0; i < w; i++) {
			dx[i] = i + 0.5 - w / 2.0;
		}
		double uScale = sw / (2 * Math.PI);
		double vScale = sh / Math.PI;
		int alpha = target.getType() == BufferedImage.TYPE_INT_ARGB ? 0xff000000 : 0;
		IntStream.range(0, h).parallel().forEach(j -> {
			double dy = h / 2.0 - (j + 0.5);
			double y1 = dy * cp + f * sp;
			double z1 = -dy * sp + f * cp;
			int row = j * w;
			for (int i = 0; i < w; i++) {
				double x2 = dx[i] * cy + z1 * sy;
				double z2 = -dx[i] * sy + z1 * cy;
				double u = (atan2(x2, z2) + Math.PI) * uScale - 0.5;
				double v = (Math.PI / 2 - atan2(y1, Math.sqrt(x2 * x2 + z2 * z2))) * vScale - 0.5;
				out[row + i] = alpha | sample(src, sw, sh, u, v);
			}
		});
		if (!direct) {
			target.setRGB(0, 0, w, h, out, 0, w);
		}
		return target;
	}

	/** The panorama as a TYPE_INT_RGB image (the image itself when it already is one), ready for fast rendering. */
	public static BufferedImage prepare(BufferedImage img) {
		if (img.getType() == BufferedImage.TYPE_INT_RGB) {
			return img;
		}
		BufferedImage copy = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
		copy.getGraphics().drawImage(img, 0, 0, null);
		return copy;
	}

	/** Normalises an angle in degrees to [-180, 180). */
	public static double wrap(double deg) {
		double d = (deg + 180) % 360;
		return (d < 0 ? d + 360 : d) - 180;
	}

	/** atan2 by a minimax polynomial (error below 1e-5 rad, a hundredth of a pixel of a 4096-wide panorama), several times faster than Math.atan2. */
	static double atan2(double y, double x) {
		double ax = Math.abs(x);
		double ay = Math.abs(y);
		if (ax == 0 && ay == 0) {
			return 0;
		}
		boolean steep = ay > ax;
		double t = steep ? ax / ay : ay / ax;
		double t2 = t * t;
		double a = t * (0.99997726 + t2 * (-0.33262347 + t2 * (0.19354346 + t2 * (-0.11643287 + t2 * (0.05265332 + t2 * -0.01172120)))));
		if (steep) {
			a = Math.PI / 2 - a;
		}
		if (x < 0) {
			a = Math.PI - a;
		}
		return y < 0 ? -a : a;
	}

	private static double focal(double hfovDeg, int w) {
		return w / 2.0 / Math.tan(Math.toRadians(Math.max(1, Math.min(179, hfovDeg))) / 2);
	}

	/** (x, y, z) camera ray (right, up, forward) turned by pitch about the right axis, then by yaw about the up axis. */
	private static double[] rotate(double x, double y, double z, double yaw, double pitch) {
		double y1 = y * Math.cos(pitch) + z * Math.sin(pitch);
		double z1 = -y * Math.sin(pitch) + z * Math.cos(pitch);
		return new double[] { x * Math.cos(yaw) + z1 * Math.sin(yaw), y1, -x * Math.sin(yaw) + z1 * Math.cos(yaw) };
	}

	private static int[] pixels(BufferedImage img) {
		if (img.getType() == BufferedImage.TYPE_INT_RGB && img.getRaster().getDataBuffer() instanceof DataBufferInt b
				&& img.getRaster().getSampleModelTranslateX() == 0 && img.getRaster().getSampleModelTranslateY() == 0) {
			return b.getData();
		}
		return img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
	}

	/** Bilinear sample at continuous pixel-centre coordinates, wrapping in x and clamping in y. */
	private static int sample(int[] src, int sw, int sh, double u, double v) {
		int x0 = (int) Math.floor(u);
		int y0 = (int) Math.floor(v);
		double fx = u - x0;
		double fy = v - y0;
		int xa = Math.floorMod(x0, sw);
		int xb = xa + 1 == sw ? 0 : xa + 1;
		int ya = Math.max(0, Math.min(sh - 1, y0));
		int yb = Math.max(0, Math.min(sh - 1, y0 + 1));
		int p00 = src[ya * sw + xa];
		int p10 = src[ya * sw + xb];
		int p01 = src[yb * sw + xa];
		int p11 = src[yb * sw + xb];
		int r = mix(p00 >> 16, p10 >> 16, p01 >> 16, p11 >> 16, fx, fy);
		int g = mix(p00 >> 8, p10 >> 8, p01 >> 8, p11 >> 8, fx, fy);
		int b = mix(p00, p10, p01, p11, fx, fy);
		return r << 16 | g << 8 | b;
	}

	private static int mix(int a, int b, int c, int d, double fx, double fy) {
		double top = (a & 255) * (1 - fx) + (b & 255) * fx;
		double bottom = (c & 255) * (1 - fx) + (d & 255) * fx;
		return (int) (top * (1 - fy) + bottom * fy + 0.5);
	}
}
